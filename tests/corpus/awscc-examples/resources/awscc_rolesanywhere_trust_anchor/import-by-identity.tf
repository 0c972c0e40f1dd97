import {
  to = awscc_rolesanywhere_trust_anchor.example
  identity = {
    trust_anchor_id = "trust_anchor_id"
  }
}
