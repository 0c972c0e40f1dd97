import {
  to = awscc_devopsagent_service.example
  identity = {
    service_id = "service_id"
  }
}
