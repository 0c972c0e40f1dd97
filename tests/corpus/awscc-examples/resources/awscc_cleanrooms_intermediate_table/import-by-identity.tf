import {
  to = awscc_cleanrooms_intermediate_table.example
  identity = {
    intermediate_table_identifier = "intermediate_table_identifier"
    membership_identifier         = "membership_identifier"
  }
}
