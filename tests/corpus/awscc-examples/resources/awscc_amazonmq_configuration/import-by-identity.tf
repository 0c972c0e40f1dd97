import {
  to = awscc_amazonmq_configuration.example
  identity = {
    id = "id"
  }
}
