import {
  to = awscc_identitystore_group_membership.example
  identity = {
    membership_id     = "membership_id"
    identity_store_id = "identity_store_id"
  }
}
