import {
  to = awscc_kafkaconnect_worker_configuration.example
  identity = {
    worker_configuration_arn = "worker_configuration_arn"
  }
}
