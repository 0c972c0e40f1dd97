import {
  to = awscc_datazone_owner.example
  identity = {
    domain_identifier = "domain_identifier"
    entity_type       = "entity_type"
    entity_identifier = "entity_identifier"
    owner_type        = "owner_type"
    owner_identifier  = "owner_identifier"
  }
}
