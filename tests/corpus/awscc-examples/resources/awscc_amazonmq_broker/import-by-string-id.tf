import {
  to = awscc_amazonmq_broker.example
  id = "id"
}