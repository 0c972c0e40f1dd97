import {
  to = awscc_cleanrooms_configured_table.example
  id = "configured_table_identifier"
}