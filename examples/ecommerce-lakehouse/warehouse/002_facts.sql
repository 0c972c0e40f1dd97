-- 002_facts.sql: the facts, at the grain of one order line, and the daily
-- aggregate the gold layer produces.
CREATE TABLE fact.order_line (
    order_id      varchar(36)   NOT NULL,
    line_number   smallint      NOT NULL,
    date_key      integer       NOT NULL REFERENCES dim.date (date_key),
    customer_key  integer       NOT NULL REFERENCES dim.customer (customer_key),
    product_key   integer       NOT NULL REFERENCES dim.product (product_key),
    quantity      integer       NOT NULL CHECK (quantity > 0),
    net_amount    numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, line_number)
);
CREATE INDEX order_line_date_idx ON fact.order_line (date_key);
COMMENT ON TABLE fact.order_line IS 'one row per order line (from silver/orders)';

CREATE TABLE fact.daily_sales (
    date_key      integer       NOT NULL REFERENCES dim.date (date_key),
    product_key   integer       NOT NULL REFERENCES dim.product (product_key),
    orders        integer       NOT NULL,
    units         integer       NOT NULL,
    revenue       numeric(14,2) NOT NULL,
    PRIMARY KEY (date_key, product_key)
);
COMMENT ON TABLE fact.daily_sales IS 'revenue per day and product (from gold/daily_sales)';
