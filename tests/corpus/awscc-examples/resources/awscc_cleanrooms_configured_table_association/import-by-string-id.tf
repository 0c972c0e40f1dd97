import {
  to = awscc_cleanrooms_configured_table_association.example
  id = "configured_table_association_identifier|membership_identifier"
}