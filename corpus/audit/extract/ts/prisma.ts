const users = await prisma.$queryRaw`SELECT * FROM User WHERE email = ${email}`;
await prisma.$executeRaw`UPDATE User SET active = ${flag} WHERE id = ${id}`;
const x = await prisma.$queryRawUnsafe("SELECT * FROM User WHERE id = ?", id);
const rows = await db.query<User>("SELECT * FROM users WHERE id = ?", [id]);
const label: string = "Update your profile";
