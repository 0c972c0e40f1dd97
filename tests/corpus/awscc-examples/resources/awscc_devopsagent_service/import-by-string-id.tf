import {
  to = awscc_devopsagent_service.example
  id = "service_id"
}