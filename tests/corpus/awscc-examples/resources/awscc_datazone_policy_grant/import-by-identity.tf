import {
  to = awscc_datazone_policy_grant.example
  identity = {
    domain_identifier = "domain_identifier"
    grant_id          = "grant_id"
    entity_identifier = "entity_identifier"
    entity_type       = "entity_type"
    policy_type       = "policy_type"
  }
}
