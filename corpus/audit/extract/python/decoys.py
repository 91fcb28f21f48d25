"""Module docstring: SELECT statements are built here. Update the cache."""
# SELECT * FROM users  (a comment)
print("Select a file to upload.")
logger.info("Failed to SELECT user %s", uid)
raise ValueError("Update your profile first!")
label = _("Delete from cart?")
help = "select one of the options below"
