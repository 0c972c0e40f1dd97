import {
  to = awscc_amazonmq_configuration.example
  id = "id"
}