CREATE SEQUENCE account_seq INCREMENT BY 50;
CREATE TABLE account (id bigint PRIMARY KEY, username text NOT NULL, password text NOT NULL, role text NOT NULL);
