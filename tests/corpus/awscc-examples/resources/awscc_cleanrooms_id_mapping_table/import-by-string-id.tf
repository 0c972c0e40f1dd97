import {
  to = awscc_cleanrooms_id_mapping_table.example
  id = "id_mapping_table_identifier|membership_identifier"
}