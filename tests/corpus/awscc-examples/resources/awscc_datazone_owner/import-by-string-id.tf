import {
  to = awscc_datazone_owner.example
  id = "domain_identifier|entity_type|entity_identifier|owner_type|owner_identifier"
}