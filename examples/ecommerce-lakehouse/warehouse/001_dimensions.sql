-- 001_dimensions.sql: the dimensions of the star schema. Applied once by
-- terrace (postgres.sql "tables"); to change a table, add the next file.
CREATE TABLE dim.customer (
    customer_key  serial       PRIMARY KEY,
    customer_id   varchar(36)  NOT NULL UNIQUE,
    country       char(2)      NOT NULL,
    city          varchar(100),
    signup_date   date         NOT NULL,
    segment       varchar(20)  NOT NULL DEFAULT 'new'
);
COMMENT ON TABLE dim.customer IS 'one row per customer account (from silver/customers)';
COMMENT ON COLUMN dim.customer.customer_id IS 'the shop''s account id';
COMMENT ON COLUMN dim.customer.segment IS 'new, returning or vip, recomputed nightly';

CREATE TABLE dim.product (
    product_key   serial        PRIMARY KEY,
    sku           varchar(32)   NOT NULL UNIQUE,
    name          varchar(200)  NOT NULL,
    category      varchar(100)  NOT NULL,
    list_price    numeric(10,2) NOT NULL CHECK (list_price >= 0)
);
COMMENT ON TABLE dim.product IS 'the catalogue (from silver/products)';

CREATE TABLE dim.date (
    date_key      integer  PRIMARY KEY,          -- yyyymmdd
    day           date     NOT NULL UNIQUE,
    iso_week      smallint NOT NULL,
    month         smallint NOT NULL,
    quarter       smallint NOT NULL,
    year          smallint NOT NULL,
    is_weekend    boolean  NOT NULL
);
COMMENT ON TABLE dim.date IS 'the calendar, one row per day';
