-- 001_retail_schema.sql: the schema of the retail source database, and its
-- reference table of zip codes. Applied once by terrace (postgres.sql
-- "source_schema"); never edit an applied migration: add the next file.
CREATE SCHEMA IF NOT EXISTS retail;

CREATE TABLE retail.zipcode (
    zipcode     varchar(10)  NOT NULL,
    city        varchar(100) NOT NULL,
    state       varchar(50)  NOT NULL,
    country     char(2)      NOT NULL DEFAULT 'US',
    CONSTRAINT zipcode_pkey PRIMARY KEY (zipcode)
);
COMMENT ON TABLE retail.zipcode IS 'postal codes the stores and customers are in';
COMMENT ON COLUMN retail.zipcode.zipcode IS 'postal code, as written locally';
COMMENT ON COLUMN retail.zipcode.city IS 'city name';
COMMENT ON COLUMN retail.zipcode.state IS 'state or region name';
COMMENT ON COLUMN retail.zipcode.country IS 'ISO 3166-1 alpha-2 country code';
