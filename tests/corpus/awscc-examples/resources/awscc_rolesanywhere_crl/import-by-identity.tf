import {
  to = awscc_rolesanywhere_crl.example
  identity = {
    crl_id = "crl_id"
  }
}
