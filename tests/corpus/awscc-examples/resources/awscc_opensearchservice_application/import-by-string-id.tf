import {
  to = awscc_opensearchservice_application.example
  id = "name"
}