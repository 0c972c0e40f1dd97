import {
  to = awscc_opsworkscm_server.example
  id = "id"
}