CREATE TABLE wp_posts (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  post_date datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  post_day date NOT NULL DEFAULT '0000-00-00',
  PRIMARY KEY (ID)
);
