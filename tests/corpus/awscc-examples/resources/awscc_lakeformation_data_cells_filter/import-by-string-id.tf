import {
  to = awscc_lakeformation_data_cells_filter.example
  id = "table_catalog_id|database_name|table_name|name"
}