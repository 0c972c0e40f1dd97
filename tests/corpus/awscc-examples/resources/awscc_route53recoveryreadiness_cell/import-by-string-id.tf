import {
  to = awscc_route53recoveryreadiness_cell.example
  id = "cell_name"
}