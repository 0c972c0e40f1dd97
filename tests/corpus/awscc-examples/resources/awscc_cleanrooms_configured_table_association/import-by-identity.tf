import {
  to = awscc_cleanrooms_configured_table_association.example
  identity = {
    configured_table_association_identifier = "configured_table_association_identifier"
    membership_identifier                   = "membership_identifier"
  }
}
