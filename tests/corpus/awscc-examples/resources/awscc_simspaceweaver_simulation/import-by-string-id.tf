import {
  to = awscc_simspaceweaver_simulation.example
  id = "name"
}