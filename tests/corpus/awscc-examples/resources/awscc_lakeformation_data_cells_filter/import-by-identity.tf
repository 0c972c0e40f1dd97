import {
  to = awscc_lakeformation_data_cells_filter.example
  identity = {
    table_catalog_id = "table_catalog_id"
    database_name    = "database_name"
    table_name       = "table_name"
    name             = "name"
  }
}
