import {
  to = awscc_cleanrooms_configured_table.example
  identity = {
    configured_table_identifier = "configured_table_identifier"
  }
}
