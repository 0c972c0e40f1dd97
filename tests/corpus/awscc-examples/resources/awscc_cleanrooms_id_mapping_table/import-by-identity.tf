import {
  to = awscc_cleanrooms_id_mapping_table.example
  identity = {
    id_mapping_table_identifier = "id_mapping_table_identifier"
    membership_identifier       = "membership_identifier"
  }
}
