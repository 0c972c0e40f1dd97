import {
  to = awscc_rolesanywhere_crl.example
  id = "crl_id"
}