import {
  to = awscc_identitystore_group.example
  identity = {
    group_id          = "group_id"
    identity_store_id = "identity_store_id"
  }
}
