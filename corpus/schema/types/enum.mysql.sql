CREATE TABLE shirts (
  size enum('small','medium','large') NOT NULL DEFAULT 'medium',
  color enum('red','') DEFAULT NULL
);
