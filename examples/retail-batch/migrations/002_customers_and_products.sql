-- 002_customers_and_products.sql: the customer and product dimensions the
-- bronze job extracts every night.
CREATE TABLE retail.customer (
    customer_id integer      NOT NULL,
    first_name  varchar(100) NOT NULL,
    last_name   varchar(100) NOT NULL,
    email       varchar(255),
    zipcode     varchar(10),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT customer_pkey PRIMARY KEY (customer_id)
);
COMMENT ON TABLE retail.customer IS 'customers of the loyalty programme';
COMMENT ON COLUMN retail.customer.customer_id IS 'loyalty card number';
COMMENT ON COLUMN retail.customer.first_name IS 'given name';
COMMENT ON COLUMN retail.customer.last_name IS 'family name';
COMMENT ON COLUMN retail.customer.email IS 'contact address, may be empty';
COMMENT ON COLUMN retail.customer.zipcode IS 'home postal code (retail.zipcode)';
COMMENT ON COLUMN retail.customer.created_at IS 'when the card was issued';

CREATE TABLE retail.products_info (
    product_id   integer       NOT NULL,
    product_name varchar(200)  NOT NULL,
    category     varchar(100)  NOT NULL,
    unit_price   numeric(10,2) NOT NULL CHECK (unit_price >= 0),
    CONSTRAINT products_info_pkey PRIMARY KEY (product_id)
);
COMMENT ON TABLE retail.products_info IS 'the product catalogue';
COMMENT ON COLUMN retail.products_info.product_id IS 'stock keeping unit number';
COMMENT ON COLUMN retail.products_info.product_name IS 'name on the shelf label';
COMMENT ON COLUMN retail.products_info.category IS 'department the product is sold in';
COMMENT ON COLUMN retail.products_info.unit_price IS 'list price in dollars, before discounts';
