-- Where gateway replicas announce themselves to each other (JGroups JDBC_PING2 discovery), owned
-- by the migrations so that JGroups never creates tables of its own in the schema.
CREATE TABLE jgroups (
    address  varchar(200) NOT NULL PRIMARY KEY,
    name     varchar(200),
    cluster  varchar(200) NOT NULL,
    ip       varchar(200) NOT NULL,
    coord    boolean
);
