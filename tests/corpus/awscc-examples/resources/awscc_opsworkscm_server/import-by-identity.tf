import {
  to = awscc_opsworkscm_server.example
  identity = {
    id = "id"
  }
}
