import {
  to = awscc_identitystore_group.example
  id = "group_id|identity_store_id"
}