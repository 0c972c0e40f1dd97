import {
  to = awscc_grafana_workspace.example
  id = "id"
}