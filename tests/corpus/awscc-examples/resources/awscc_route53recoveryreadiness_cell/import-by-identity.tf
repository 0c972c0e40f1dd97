import {
  to = awscc_route53recoveryreadiness_cell.example
  identity = {
    cell_name = "cell_name"
  }
}
