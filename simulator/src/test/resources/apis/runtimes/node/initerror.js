throw new TypeError('cannot read configuration at init');
