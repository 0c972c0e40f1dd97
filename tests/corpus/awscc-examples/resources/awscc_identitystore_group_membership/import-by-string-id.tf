import {
  to = awscc_identitystore_group_membership.example
  id = "membership_id|identity_store_id"
}