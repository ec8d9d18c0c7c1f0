package dev.apigw.simulator;
final class SimulatorModule { private SimulatorModule() {} }
