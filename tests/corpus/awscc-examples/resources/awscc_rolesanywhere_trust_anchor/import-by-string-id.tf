import {
  to = awscc_rolesanywhere_trust_anchor.example
  id = "trust_anchor_id"
}