import {
  to = awscc_kafkaconnect_worker_configuration.example
  id = "worker_configuration_arn"
}