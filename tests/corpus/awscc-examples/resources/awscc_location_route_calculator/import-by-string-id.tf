import {
  to = awscc_location_route_calculator.example
  id = "calculator_name"
}