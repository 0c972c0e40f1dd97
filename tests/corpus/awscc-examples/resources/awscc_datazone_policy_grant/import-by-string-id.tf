import {
  to = awscc_datazone_policy_grant.example
  id = "domain_identifier|grant_id|entity_identifier|entity_type|policy_type"
}