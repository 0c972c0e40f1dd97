import {
  to = awscc_location_route_calculator.example
  identity = {
    calculator_name = "calculator_name"
  }
}
