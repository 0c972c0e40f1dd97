import {
  to = awscc_simspaceweaver_simulation.example
  identity = {
    name = "name"
  }
}
