import {
  to = awscc_amazonmq_broker.example
  identity = {
    id = "id"
  }
}
