CREATE TABLE account (id int NOT NULL AUTO_INCREMENT, owner varchar(30) NOT NULL, balance decimal(10,2) NOT NULL DEFAULT 0, active tinyint(1) NOT NULL DEFAULT 1, kind enum('basic','gold') NOT NULL DEFAULT 'basic', created datetime, PRIMARY KEY (id));
CREATE TABLE account_log (n int NOT NULL AUTO_INCREMENT, account_id int, what varchar(20), PRIMARY KEY (n));

-- One statement, no BEGIN: NOW() and the column's own type.
CREATE TRIGGER account_created BEFORE INSERT ON account FOR EACH ROW SET NEW.created = NOW();

DELIMITER ;;
-- IF / ELSEIF / ELSE, SIGNAL, booleans and enums set from numbers and strings.
CREATE DEFINER=`root`@`localhost` TRIGGER account_check BEFORE UPDATE ON account FOR EACH ROW BEGIN
  IF NEW.balance < 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'overdrawn';
  ELSEIF NEW.balance > 10000 THEN
    SET NEW.kind = 'gold';
  ELSE
    SET NEW.active = 1;
  END IF;
END;;
-- AFTER triggers: the statement's own rules apply (IFNULL, CONCAT).
CREATE TRIGGER account_logged AFTER INSERT ON account FOR EACH ROW
  INSERT INTO account_log (account_id, what) VALUES (NEW.id, CONCAT('open ', IFNULL(NEW.owner, '?')));;
CREATE TRIGGER account_gone BEFORE DELETE ON account FOR EACH ROW BEGIN
  DELETE FROM account_log WHERE account_id = OLD.id;
END;;
-- A second BEFORE INSERT trigger: PostgreSQL fires them in name order.
CREATE TRIGGER account_audit BEFORE INSERT ON account FOR EACH ROW FOLLOWS account_created SET NEW.owner = TRIM(NEW.owner);;
-- mysqldump's form, with versioned comments.
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `account_log_bi` BEFORE INSERT ON `account_log` FOR EACH ROW SET NEW.what = LOWER(NEW.what) */;;
-- Not translated: local variables, user variables, CALL.
CREATE TRIGGER account_vars AFTER UPDATE ON account FOR EACH ROW BEGIN
  DECLARE n INT DEFAULT 0;
  SET n = n + 1;
END;;
CREATE TRIGGER account_uservar AFTER DELETE ON account FOR EACH ROW SET @deleted = @deleted + 1;;
CREATE TRIGGER account_call AFTER DELETE ON account FOR EACH ROW CALL note_delete(OLD.id);;
DELIMITER ;

DROP TRIGGER IF EXISTS account_audit;
DROP TRIGGER IF EXISTS no_such_trigger;
DROP TRIGGER account_vars;
