import {
  to = awscc_cleanrooms_intermediate_table.example
  id = "intermediate_table_identifier|membership_identifier"
}