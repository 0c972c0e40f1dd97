-- 003_purchases.sql: the sales facts, one row per line of a till receipt.
CREATE TABLE retail.purchase (
    purchase_id   bigint        NOT NULL,
    customer_id   integer       NOT NULL,
    product_id    integer       NOT NULL,
    quantity      integer       NOT NULL CHECK (quantity > 0),
    amount        numeric(12,2) NOT NULL,
    purchased_at  timestamptz   NOT NULL,
    CONSTRAINT purchase_pkey PRIMARY KEY (purchase_id),
    CONSTRAINT purchase_customer_fkey FOREIGN KEY (customer_id)
        REFERENCES retail.customer (customer_id)
);
CREATE INDEX purchase_purchased_at_idx ON retail.purchase (purchased_at);
COMMENT ON TABLE retail.purchase IS 'sales, one row per receipt line';
COMMENT ON COLUMN retail.purchase.purchase_id IS 'receipt line number';
COMMENT ON COLUMN retail.purchase.customer_id IS 'buyer (retail.customer)';
COMMENT ON COLUMN retail.purchase.product_id IS 'product sold (retail.products_info)';
COMMENT ON COLUMN retail.purchase.quantity IS 'units sold';
COMMENT ON COLUMN retail.purchase.amount IS 'amount paid in dollars, after discounts';
COMMENT ON COLUMN retail.purchase.purchased_at IS 'when the till rang it up';
